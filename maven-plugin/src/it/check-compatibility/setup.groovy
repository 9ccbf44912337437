// Version 1 of the schema, under a BACKWARD / LENIENT rule of its own.
import groovy.json.JsonOutput

def call = evaluate(new File(itSupport, 'registry.groovy'))
def schema = '/v1/registries/name/it-compat/schemas/name/' + URLEncoder.encode('com.example.orders@OrderPlaced', 'UTF-8')
call('POST', '/v1/registries/name/it-compat', '{}')
call('POST', schema, JsonOutput.toJson([Content: new File(basedir, 'schemas/v1.json').getText('UTF-8'), Type: 'OpenApi3']))
call('PUT', schema + '/compatibility', JsonOutput.toJson([Mode: 'BACKWARD', Policy: 'LENIENT']))
return true
