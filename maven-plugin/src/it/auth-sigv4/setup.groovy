// Puts the schema this IT needs into the registry started with authentication on, as its admin.
import groovy.json.JsonOutput

def call = evaluate(new File(itSupport, 'auth-registry.groovy'))
call('POST', '/v1/registries/name/it-auth-sigv4', '{}')
def content = new File(basedir, 'schemas/v1.json').getText('UTF-8')
call('POST', '/v1/registries/name/it-auth-sigv4/schemas/name/' + URLEncoder.encode('com.example.orders@OrderPlaced', 'UTF-8'),
        JsonOutput.toJson([Content: content, Type: 'OpenApi3']))
return true
