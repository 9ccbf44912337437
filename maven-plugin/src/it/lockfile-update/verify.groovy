import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split('BUILD SUCCESS')
assert runs.size() >= 2 : 'two builds'
assert runs[0].contains('Generated ') && !runs[0].contains('Locked ') : 'the first build used the committed lock'
assert runs[1].contains('Updated the lock of it-update/com.example.orders@OrderPlaced latest: version 1 -> 2')
def entry = new JsonSlurper().parse(new File(basedir, 'bindery.lock')).schemas[0]
assert entry.version == '2'
assert entry.sha256 == MessageDigest.getInstance('SHA-256').digest(new File(basedir, 'schemas/v2.json').bytes).encodeHex().toString()
def source = new File(basedir, 'target/generated-sources/bindery/dev/bindery/events/com_example_orders/orderplaced/OrderPlaced.java').getText('UTF-8')
assert source.contains('version 2') && source.contains('coupon')
return true
