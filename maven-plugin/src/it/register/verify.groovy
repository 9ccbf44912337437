import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def runs = log.split('BUILD SUCCESS')
assert runs.size() >= 2
assert runs[0].contains('Created registry it-register')
assert runs[0].contains('com.example.orders@OrderPlaced: created (version 1)')
assert runs[0].contains('com.example.refunds@RefundIssued: created (version 1)')
assert runs[1].contains('com.example.orders@OrderPlaced: unchanged (version 1)')
assert runs[1].contains('com.example.refunds@RefundIssued: unchanged (version 1)')
assert runs[1].contains('2 schemas in it-register at ') && runs[1].contains(': 0 changed, 2 unchanged')

def versions = { String name ->
    def url = new URL(registryUrl + '/v1/registries/name/it-register/schemas/name/' + URLEncoder.encode(name, 'UTF-8') + '/versions')
    new JsonSlurper().parse(url).SchemaVersions*.SchemaVersion
}
assert versions('com.example.orders@OrderPlaced') == ['1']
assert versions('com.example.refunds@RefundIssued') == ['1']
def type = new JsonSlurper().parse(new URL(registryUrl + '/v1/registries/name/it-register/schemas/name/com.example.refunds%40RefundIssued')).Type
assert type == 'JSONSchemaDraft4'
return true
