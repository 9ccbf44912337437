// Shared by the auth-* ITs' setup scripts: calls, as the registry's admin, to the registry the build started with
// authentication on (see the plugin's POM); a call fails the setup unless the registry answers 200 or 201. The
// admin's access key authenticates once, with HTTP Basic, to create a bearer token that authenticates the calls.
// Evaluated with the caller's binding: authRegistryUrl, adminKeyId and adminSecret are the invoker's script variables.
import groovy.json.JsonSlurper
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

def http = HttpClient.newHttpClient()
def send = { String method, String path, String body, String authorization ->
    def request = HttpRequest.newBuilder(URI.create(authRegistryUrl + path))
            .header('Content-Type', 'application/json')
            .header('Authorization', authorization)
            .method(method, HttpRequest.BodyPublishers.ofString(body)).build()
    def response = http.send(request, HttpResponse.BodyHandlers.ofString())
    println "setup: ${method} ${path} -> ${response.statusCode()}"
    assert response.statusCode() in [200, 201] : response.body()
    response
}
def basic = 'Basic ' + "${adminKeyId}:${adminSecret}".getBytes('UTF-8').encodeBase64().toString()
def created = send('POST', '/v1/principals/name/admin/tokens', '{"ExpiresInSeconds": 3600}', basic)
def bearer = 'Bearer ' + new JsonSlurper().parseText(created.body()).Token
return { String method, String path, String body -> send(method, path, body, bearer) }
