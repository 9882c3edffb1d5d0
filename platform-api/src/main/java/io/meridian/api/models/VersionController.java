package io.meridian.api.models;

import io.meridian.api.Page;
import io.meridian.api.security.Caller;
import io.meridian.api.security.Roles;
import io.meridian.api.security.Scopes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;

/** Versions of one model: registered with their artifact, read, downloaded. */
@Controller("/api/v1/models/{name}/versions")
@Tag(name = "Models")
class VersionController {

    private final VersionService versions;

    VersionController(VersionService versions) {
        this.versions = versions;
    }

    /**
     * A new version: multipart with a {@code metadata} part (JSON: format, region, signature,
     * metrics, lineage, tags, optional sha256) and an {@code artifact} part (the bytes).
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<ModelViews.VersionView> create(Authentication authentication, String name,
                                                @Part("metadata") String metadata,
                                                @Part("artifact") CompletedFileUpload artifact) {
        try {
            ModelViews.VersionView version = versions.create(Caller.of(authentication), name, metadata, artifact.getInputStream());
            return HttpResponse.created(version, URI.create("/api/v1/models/" + name + "/versions/" + version.version()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    Page<ModelViews.VersionView> list(Authentication authentication, String name,
                                      @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                      @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return versions.list(Caller.of(authentication), name, limit, offset);
    }

    @Get("/{version}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    ModelViews.VersionView get(Authentication authentication, String name, @Min(1) int version) {
        return versions.get(Caller.of(authentication), name, version);
    }

    /**
     * The artifact's bytes, released to a requester in region {@code to} (default: the tenant's
     * home region) if policy allows; its checksum as ETag and in {@code X-Checksum-SHA256}.
     */
    @Get(value = "/{version}/artifact", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<StreamedFile> artifact(Authentication authentication, String name, @Min(1) int version,
                                        @QueryValue @Nullable @Size(max = 32) String to) {
        VersionService.Download download = versions.download(Caller.of(authentication), name, version, Optional.ofNullable(to));
        StoredVersion stored = download.version();
        return HttpResponse.ok(new StreamedFile(download.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + stored.modelName() + "-" + stored.version() + ".bin\"")
                .header(HttpHeaders.ETAG, "\"" + stored.sha256() + "\"")
                .header("X-Checksum-SHA256", stored.sha256())
                .contentLength(stored.size());
    }
}
