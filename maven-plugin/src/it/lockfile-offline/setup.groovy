// Puts the schema versions this IT needs into the registry the build started (see the plugin's POM).
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
    response
}
def schema = '/v1/registries/name/it-offline/schemas/name/' + URLEncoder.encode('com.example.orders@OrderPlaced', 'UTF-8')
call('POST', '/v1/registries/name/it-offline', '{}')
def versions = ["schemas/v1.json"]
versions.eachWithIndex { file, i ->
    def content = new File(basedir, file).getText('UTF-8')
    call(i == 0 ? 'POST' : 'PUT', schema, JsonOutput.toJson([Content: content, Type: 'OpenApi3']))
}
return true
