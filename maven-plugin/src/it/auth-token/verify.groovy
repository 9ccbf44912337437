def log = new File(basedir, 'build.log').getText('UTF-8')
// 1: the reader's token resolved the schema and generated its class.
assert log.contains('Locked it-auth-token/com.example.orders@OrderPlaced latest at version 1')
assert new File(basedir, 'target/generated-sources/bindery/dev/bindery/events/com_example_orders/orderplaced/OrderPlaced.java').isFile()
// 2: registering is not a reader's: the failure blames the permission, not the token.
assert log.contains("the registry does not allow this to the token of server 'it-token' (403 ForbiddenException: ")
assert log.contains('ask a registry admin for a role or registry grant that allows it')
def token = new File(basedir, '.mvn/maven.config').getText('UTF-8').trim() - '-Dbindery.it.token='
assert !log.contains(token)
return true
