def log = new File(basedir, 'build.log').getText('UTF-8')
// 1: the signed build resolved the schema and compiled the generated class.
assert log.contains('Locked it-auth-sigv4/com.example.orders@OrderPlaced latest at version 1')
assert new File(basedir, 'target/classes/dev/bindery/events/com_example_orders/orderplaced/OrderPlaced.class').isFile()
// 2: a signed POST with a body (CreateSchema) is accepted.
assert log.contains('[INFO] v1: created (version 1)')
// 3: the wrong secret is refused, and the failure says by whom, why and what to check, without the secret.
assert log.contains("the registry refused the access key ${adminKeyId} of server 'it-wrong-secret' (403 InvalidSignatureException: ")
assert log.contains("check the access key id (username) and secret (password) of server 'it-wrong-secret' in settings.xml and bindery.region (us-east-1)")
assert !log.contains('ItWrongSecret0') && !log.contains(adminSecret)
return true
