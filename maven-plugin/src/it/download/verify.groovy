def file = new File(basedir, 'src/main/schemas/com.example.orders@OrderPlaced.json')
assert file.isFile()
assert file.bytes == new File(basedir, 'schemas/v1.json').bytes : 'version 1, verbatim'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('it-download/com.example.orders@OrderPlaced version 1 downloaded to ')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
assert !new File(basedir, 'bindery.lock').exists() : 'generated from the local file only'
return true
