// Version 1 of the schema, under a BACKWARD / LENIENT rule of its own.
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import groovy.json.JsonOutput

def http = HttpClient.newHttpClient()
def call = { String method, String path, String body ->
    def request = HttpRequest.newBuilder(URI.create(registryUrl + path))
            .header('Content-Type', 'application/json')
            .method(method, HttpRequest.BodyPublishers.ofString(body)).build()
    def response = http.send(request, HttpResponse.BodyHandlers.ofString())
    println "setup: ${method} ${path} -> ${response.statusCode()}"
    assert response.statusCode() in [200, 201] : response.body()
}
def schema = '/v1/registries/name/it-compat/schemas/name/' + URLEncoder.encode('com.example.orders@OrderPlaced', 'UTF-8')
call('POST', '/v1/registries/name/it-compat', '{}')
call('POST', schema, JsonOutput.toJson([Content: new File(basedir, 'schemas/v1.json').getText('UTF-8'), Type: 'OpenApi3']))
call('PUT', schema + '/compatibility', JsonOutput.toJson([Mode: 'BACKWARD', Policy: 'LENIENT']))
return true
