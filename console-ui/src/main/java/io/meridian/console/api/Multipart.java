package io.meridian.console.api;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A multipart/form-data body of JSON and file parts, streamed: a file part is read from disk as it is sent. */
public final class Multipart {

    private final String boundary = "meridian-" + UUID.randomUUID();
    private final List<HttpRequest.BodyPublisher> parts = new ArrayList<>();

    public Multipart json(String name, Object value) {
        byte[] json = ApiJson.MAPPER.valueToTree(value).toString().getBytes(StandardCharsets.UTF_8);
        parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: application/json\r\n\r\n"));
        parts.add(HttpRequest.BodyPublishers.ofByteArray(json));
        parts.add(text("\r\n"));
        return this;
    }

    public Multipart file(String name, String fileName, String contentType, Path file) {
        parts.add(text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName.replace("\"", "") + "\"\r\nContent-Type: " + contentType + "\r\n\r\n"));
        try {
            parts.add(HttpRequest.BodyPublishers.ofFile(file));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no such file: " + file, e);
        }
        parts.add(text("\r\n"));
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher body() {
        List<HttpRequest.BodyPublisher> all = new ArrayList<>(parts);
        all.add(text("--" + boundary + "--\r\n"));
        return HttpRequest.BodyPublishers.concat(all.toArray(HttpRequest.BodyPublisher[]::new));
    }

    private static HttpRequest.BodyPublisher text(String text) {
        return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
    }
}
