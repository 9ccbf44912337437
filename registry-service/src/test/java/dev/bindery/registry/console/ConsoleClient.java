package dev.bindery.registry.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser, as far as HTML tests need one: Micronaut's HTTP client keeping the console's
 * session cookie, reading the CSRF token from the last page, posting forms, never following
 * redirects (tests look at them).
 */
final class ConsoleClient implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final BlockingHttpClient blocking;
    private String cookie;
    private String csrf;

    /** A status, the headers that matter and the body. */
    record Page(int status, String body, Map<String, String> headers) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    ConsoleClient(URL server) {
        DefaultHttpClientConfiguration configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        this.client = HttpClient.create(server, configuration);
        this.blocking = client.toBlocking();
    }

    Page get(String path) {
        return send(HttpRequest.GET(path));
    }

    /** Posts a form with the CSRF token of the last page that had one. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.putIfAbsent("csrf", csrf);
        }
        return postRaw(path, form);
    }

    /** Posts exactly these fields. */
    Page postRaw(String path, Map<String, String> fields) {
        return send(HttpRequest.POST(path, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));
    }

    byte[] download(String path) {
        MutableHttpRequest<?> request = HttpRequest.GET(path);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return blocking.retrieve(request, byte[].class);
    }

    String csrf() {
        return csrf;
    }

    void forgetCookie() {
        cookie = null;
    }

    private Page send(MutableHttpRequest<?> request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> response;
        try {
            response = blocking.exchange(request, String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> failed = (HttpResponse<String>) e.getResponse();
            response = failed;
            String body = failed.getBody(String.class).orElse("");
            return remember(failed, body);
        }
        return remember(response, response.getBody().orElse(""));
    }

    private Page remember(HttpResponse<?> response, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.getHeaders()
                .forEach((name, values) ->
                        headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join("\n", values)));
        String setCookie = headers.get("set-cookie");
        if (setCookie != null && setCookie.startsWith(ConsoleRequests.COOKIE + "=")) {
            String value = setCookie.substring(0, setCookie.indexOf(';'));
            cookie = value.equals(ConsoleRequests.COOKIE + "=") ? null : value;
        }
        Matcher matcher = CSRF.matcher(body);
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return new Page(response.code(), body, headers);
    }

    @Override
    public void close() {
        client.close();
    }
}
