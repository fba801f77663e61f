package org.parallax.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;

/** A local HTTP server on 127.0.0.1 that records every request path, to prove nothing was fetched. */
final class LocalServer {

    private LocalServer() {
    }

    static HttpServer start(List<String> requests) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            byte[] body = "x".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** Makes one request, so a test can show the server would have recorded a fetch. */
    static void probe(HttpServer server) throws IOException {
        try (InputStream in = URI.create(url(server) + "probe").toURL().openStream()) {
            in.readAllBytes();
        }
    }
}
