// Only the registry: the schema the build asks for does not exist.
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

def request = HttpRequest.newBuilder(URI.create(registryUrl + '/v1/registries/name/it-missing'))
        .header('Content-Type', 'application/json').POST(HttpRequest.BodyPublishers.ofString('{}')).build()
assert HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 201
return true
