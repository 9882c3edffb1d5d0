package io.meridian.api.datasets;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/** Datasets of the tenant: uploaded by data scientists, read by everyone in the tenant. */
@Controller("/api/v1/datasets")
@Tag(name = "Datasets")
class DatasetController {

    private final DatasetService datasets;
    private final IdxDatasetImport idx;

    DatasetController(DatasetService datasets, IdxDatasetImport idx) {
        this.datasets = datasets;
        this.idx = idx;
    }

    /**
     * A CSV upload: multipart with a {@code metadata} part (JSON: name, region, sourceRegion,
     * dataClass, labelColumn) and a {@code file} part (UTF-8, first row the header).
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<DatasetViews.DatasetView> upload(Authentication authentication, @Part("metadata") String metadata,
                                                  @Part("file") CompletedFileUpload file) {
        try {
            DatasetViews.DatasetView dataset = datasets.upload(Caller.of(authentication), metadata, file.getInputStream(), file.getSize());
            return HttpResponse.created(dataset, URI.create("/api/v1/datasets/" + dataset.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An IDX image dataset: multipart with a {@code metadata} part (JSON: name, region,
     * sourceRegion, dataClass), an {@code images} part (idx3) and a {@code labels} part (idx1),
     * each gzip or plain.
     */
    @Post(value = "/idx", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<DatasetViews.DatasetView> importIdx(Authentication authentication, @Part("metadata") String metadata,
                                                     @Part("images") CompletedFileUpload images,
                                                     @Part("labels") CompletedFileUpload labels) {
        try {
            DatasetViews.DatasetView dataset = idx.importIdx(Caller.of(authentication), metadata, images.getInputStream(), images.getSize(),
                    labels.getInputStream(), labels.getSize());
            return HttpResponse.created(dataset, URI.create("/api/v1/datasets/" + dataset.id()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    Page<DatasetViews.DatasetView> list(Authentication authentication,
                                        @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit,
                                        @QueryValue(defaultValue = "0") @Min(0) int offset) {
        return datasets.list(Caller.of(authentication), limit, offset);
    }

    @Get("/{id}")
    @Secured({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.COMPLIANCE_ADMIN, Roles.DATA_SCIENTIST, Roles.VIEWER, Scopes.SCOPE_READ})
    DatasetViews.DatasetView get(Authentication authentication, UUID id) {
        return datasets.get(Caller.of(authentication), id);
    }

    /**
     * The stored content (after PII treatment: what training reads), released to a requester in
     * region {@code to} (default: the tenant's home region) if policy allows; {@code part=labels}
     * for an IDX dataset's labels. Checksum as ETag and in {@code X-Checksum-SHA256}.
     */
    @Get(value = "/{id}/content", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Secured({Roles.TENANT_ADMIN, Roles.DATA_SCIENTIST})
    HttpResponse<StreamedFile> content(Authentication authentication, UUID id, @QueryValue @Nullable @Size(max = 32) String to,
                                       @QueryValue(defaultValue = "content") @Pattern(regexp = "content|labels") String part) {
        DatasetService.Download download = datasets.download(Caller.of(authentication), id, part.equals("labels"), Optional.ofNullable(to));
        String name = download.dataset().name() + (download.dataset().format().equals("CSV") ? ".csv"
                : part.equals("labels") ? "-labels.idx1" : "-images.idx3");
        return HttpResponse.ok(new StreamedFile(download.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.ETAG, "\"" + download.sha256() + "\"")
                .header("X-Checksum-SHA256", download.sha256());
    }
}
