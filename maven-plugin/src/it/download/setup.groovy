// Puts the schema versions this IT needs into the registry the build started (see the plugin's POM).
import groovy.json.JsonOutput

def call = evaluate(new File(itSupport, 'registry.groovy'))
def schema = '/v1/registries/name/it-download/schemas/name/' + URLEncoder.encode('com.example.orders@OrderPlaced', 'UTF-8')
call('POST', '/v1/registries/name/it-download', '{}')
def versions = ["schemas/v1.json", "schemas/v2.json"]
versions.eachWithIndex { file, i ->
    def content = new File(basedir, file).getText('UTF-8')
    call(i == 0 ? 'POST' : 'PUT', schema, JsonOutput.toJson([Content: content, Type: 'OpenApi3']))
}
return true
