// Shared by the ITs' setup scripts: a call to the registry the build started (see the plugin's POM),
// which fails the setup unless the registry answers 200 or 201. Evaluated with the caller's binding,
// so registryUrl is the invoker's script variable.
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

def http = HttpClient.newHttpClient()
return { String method, String path, String body ->
    def request = HttpRequest.newBuilder(URI.create(registryUrl + path))
            .header('Content-Type', 'application/json')
            .method(method, HttpRequest.BodyPublishers.ofString(body)).build()
    def response = http.send(request, HttpResponse.BodyHandlers.ofString())
    println "setup: ${method} ${path} -> ${response.statusCode()}"
    assert response.statusCode() in [200, 201] : response.body()
    response
}
