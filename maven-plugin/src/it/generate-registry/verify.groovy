import groovy.json.JsonSlurper
import java.security.MessageDigest

def lock = new JsonSlurper().parse(new File(basedir, 'bindery.lock'))
assert lock.schemas.size() == 1
def entry = lock.schemas[0]
assert entry.registry == 'it-generate' && entry.name == 'com.example.orders@OrderPlaced'
assert entry.requested == 'latest' && entry.version == '2'
def v2 = new File(basedir, 'schemas/v2.json').bytes
assert entry.sha256 == MessageDigest.getInstance('SHA-256').digest(v2).encodeHex().toString()
def cached = new File(localRepositoryPath, ".cache/bindery/${entry.sha256}.json")
assert cached.bytes == v2 : "content cached under the local repository"
def source = new File(basedir, 'target/generated-sources/bindery/dev/bindery/events/com_example_orders/orderplaced/OrderPlaced.java').getText('UTF-8')
assert source.contains('schema com.example.orders@OrderPlaced version 2')
assert source.contains('coupon')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Locked it-generate/com.example.orders@OrderPlaced latest at version 2')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0')
return true
