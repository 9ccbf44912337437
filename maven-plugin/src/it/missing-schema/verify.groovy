def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('schema com.example.orders@Nope version 3 in registry it-missing: NotFoundException')
assert !new File(basedir, 'bindery.lock').exists()
return true
