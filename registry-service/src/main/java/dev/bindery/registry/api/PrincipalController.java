package dev.bindery.registry.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bindery.registry.catalog.Page;
import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.security.PrincipalService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import java.util.ArrayList;
import java.util.List;

/** Principals, their access keys and their bearer tokens (Bindery extension; admins only). */
@Controller("/v1/principals")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.ALL})
class PrincipalController {

    private final PrincipalService principals;

    PrincipalController(PrincipalService principals) {
        this.principals = principals;
    }

    @Get
    @Operation(operationId = "ListPrincipals")
    SecurityDtos.ListPrincipalsResponse list(
            @QueryValue @Nullable Integer limit, @QueryValue @Nullable String nextToken) {
        Page<PrincipalService.Described> page = principals.list(limit, nextToken);
        return new SecurityDtos.ListPrincipalsResponse(
                page.nextToken(),
                page.items().stream().map(PrincipalController::response).toList());
    }

    @Get("/name/{principalName}")
    @Operation(operationId = "DescribePrincipal")
    SecurityDtos.PrincipalResponse describe(String principalName) {
        return response(principals.describe(principalName));
    }

    @Post("/name/{principalName}")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "CreatePrincipal")
    SecurityDtos.PrincipalResponse create(
            String principalName,
            @RequestBody(content = @Content(schema = @Schema(implementation = SecurityDtos.PrincipalRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return response(principals.create(principalName, json.string("Role"), strings(json, "Registries")));
    }

    @Put("/name/{principalName}")
    @Operation(operationId = "UpdatePrincipal")
    SecurityDtos.PrincipalResponse update(
            String principalName,
            @RequestBody(content = @Content(schema = @Schema(implementation = SecurityDtos.PrincipalRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonBody json = JsonBody.parse(body);
        return response(principals.update(principalName, json.string("Role"), strings(json, "Registries")));
    }

    @Delete("/name/{principalName}")
    @Operation(operationId = "DeletePrincipal")
    HttpResponse<Void> delete(String principalName) {
        principals.delete(principalName);
        return HttpResponse.noContent();
    }

    @Post("/name/{principalName}/access-keys")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "CreateAccessKey")
    SecurityDtos.NewAccessKeyResponse createAccessKey(String principalName) {
        PrincipalService.NewKey key = principals.createAccessKey(principalName);
        return new SecurityDtos.NewAccessKeyResponse(key.accessKeyId(), key.secretAccessKey());
    }

    @Get("/name/{principalName}/access-keys")
    @Operation(operationId = "ListAccessKeys")
    SecurityDtos.ListAccessKeysResponse listAccessKeys(String principalName) {
        return new SecurityDtos.ListAccessKeysResponse(principals.listAccessKeys(principalName).stream()
                .map(k -> new SecurityDtos.AccessKeySummary(k.accessKeyId(), k.status(), k.createdAt(), k.lastUsedAt()))
                .toList());
    }

    @Delete("/name/{principalName}/access-keys/{accessKeyId}")
    @Operation(operationId = "DeleteAccessKey")
    HttpResponse<Void> deleteAccessKey(String principalName, String accessKeyId) {
        principals.deleteAccessKey(principalName, accessKeyId);
        return HttpResponse.noContent();
    }

    @Post("/name/{principalName}/tokens")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "CreateToken")
    SecurityDtos.NewTokenResponse createToken(
            String principalName,
            @RequestBody(content = @Content(schema = @Schema(implementation = SecurityDtos.TokenRequest.class)))
                    @Body
                    @Nullable
                    BodyBytes body) {
        JsonNode expires = JsonBody.parse(body).node("ExpiresInSeconds");
        Long seconds = null;
        if (!expires.isMissingNode() && !expires.isNull()) {
            if (!expires.canConvertToLong() || !expires.isIntegralNumber()) {
                throw ApiException.badRequest("ExpiresInSeconds must be a whole number of seconds.");
            }
            seconds = expires.asLong();
        }
        PrincipalService.NewToken token = principals.createToken(principalName, seconds);
        return new SecurityDtos.NewTokenResponse(token.tokenId(), token.token(), token.expiresAt());
    }

    @Get("/name/{principalName}/tokens")
    @Operation(operationId = "ListTokens")
    SecurityDtos.ListTokensResponse listTokens(String principalName) {
        return new SecurityDtos.ListTokensResponse(principals.listTokens(principalName).stream()
                .map(t -> new SecurityDtos.TokenSummary(t.tokenId(), t.createdAt(), t.expiresAt(), t.lastUsedAt()))
                .toList());
    }

    @Delete("/name/{principalName}/tokens/{tokenId}")
    @Operation(operationId = "DeleteToken")
    HttpResponse<Void> deleteToken(String principalName, String tokenId) {
        principals.deleteToken(principalName, tokenId);
        return HttpResponse.noContent();
    }

    private static @Nullable List<String> strings(JsonBody json, String member) {
        JsonNode value = json.node(member);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw ApiException.badRequest("%s must be a list of strings.", member);
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw ApiException.badRequest("%s must be a list of strings.", member);
            }
            result.add(item.asText());
        }
        return result;
    }

    private static SecurityDtos.PrincipalResponse response(PrincipalService.Described p) {
        return new SecurityDtos.PrincipalResponse(
                p.name(), p.arn(), p.role().wireName(), p.registries(), p.createdAt(), p.updatedAt());
    }
}
