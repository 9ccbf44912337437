// As the admin of the registry started with authentication on: the schema this IT needs, a principal with the
// reader role limited to the IT's registry, and a bearer token for it. The token reaches the builds through
// .mvn/maven.config as bindery.it.token, which the password of server it-token in the ITs' settings.xml names.
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

def call = evaluate(new File(itSupport, 'auth-registry.groovy'))
call('POST', '/v1/registries/name/it-auth-token', '{}')
def content = new File(basedir, 'schemas/v1.json').getText('UTF-8')
call('POST', '/v1/registries/name/it-auth-token/schemas/name/' + URLEncoder.encode('com.example.orders@OrderPlaced', 'UTF-8'),
        JsonOutput.toJson([Content: content, Type: 'OpenApi3']))
call('POST', '/v1/principals/name/it-reader', JsonOutput.toJson([Role: 'reader', Registries: ['it-auth-token']]))
def token = new JsonSlurper().parseText(call('POST', '/v1/principals/name/it-reader/tokens', '{}').body()).Token
def config = new File(basedir, '.mvn/maven.config')
config.parentFile.mkdirs()
config.setText("-Dbindery.it.token=${token}\n", 'UTF-8')
return true
