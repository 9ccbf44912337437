package dev.bindery.registry.catalog;

import dev.bindery.registry.error.ApiException;
import dev.bindery.registry.store.RegistryRepository;
import dev.bindery.registry.store.RegistryRow;
import dev.bindery.registry.store.SchemaRepository;
import dev.bindery.registry.store.SchemaRow;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Tags addressed by ARN (TagResource, UntagResource, ListTagsForResource). A change rewrites the
 * resource's tags under its row lock, so concurrent taggers do not lose each other's tags.
 */
@Singleton
public class TagService {

    private final Arns arns;
    private final Tags tags;
    private final RegistryRepository registries;
    private final SchemaRepository schemas;
    private final List<TaggableResources> others;
    private final ApplicationEventPublisher<SchemaChanged> changes;

    public TagService(
            Arns arns,
            Tags tags,
            RegistryRepository registries,
            SchemaRepository schemas,
            List<TaggableResources> others,
            ApplicationEventPublisher<SchemaChanged> changes) {
        this.changes = changes;
        this.arns = arns;
        this.tags = tags;
        this.registries = registries;
        this.schemas = schemas;
        this.others = others;
    }

    public Map<String, String> list(String arn) {
        return tags.read(readTags(arns.parse(arn), arn));
    }

    @Transactional
    public void tag(String arn, Map<String, String> added) {
        if (added.isEmpty()) {
            throw ApiException.badRequest("tags must hold at least one tag.");
        }
        rewrite(arns.parse(arn), arn, current -> tags.merge(current, added));
    }

    @Transactional
    public void untag(String arn, Collection<String> keys) {
        if (keys.isEmpty()) {
            throw ApiException.badRequest("tagKeys must name at least one tag key.");
        }
        rewrite(arns.parse(arn), arn, current -> tags.remove(current, keys));
    }

    private String readTags(Arns.Target target, String arn) {
        if (target instanceof Arns.RegistryTarget r) {
            return registries
                    .findByName(r.registryName())
                    .orElseThrow(() -> missing(arn))
                    .tags();
        }
        if (target instanceof Arns.SchemaTarget s) {
            return schemaRow(s, arn, false).tags();
        }
        Arns.DiscovererTarget d = (Arns.DiscovererTarget) target;
        return other(arn).readTags(d.discovererId()).orElseThrow(() -> missing(arn));
    }

    private void rewrite(Arns.Target target, String arn, UnaryOperator<String> change) {
        if (target instanceof Arns.RegistryTarget r) {
            RegistryRow row = registries.findByNameForUpdate(r.registryName()).orElseThrow(() -> missing(arn));
            registries.update(row.withTags(change.apply(row.tags())));
        } else if (target instanceof Arns.SchemaTarget s) {
            SchemaRow row = schemaRow(s, arn, true);
            schemas.updateTags(row.id(), change.apply(row.tags()));
            changes.publishEvent(new SchemaChanged(s.registryName(), s.schemaName()));
        } else if (!other(arn).rewriteTags(((Arns.DiscovererTarget) target).discovererId(), change)) {
            throw missing(arn);
        }
    }

    private SchemaRow schemaRow(Arns.SchemaTarget target, String arn, boolean lock) {
        RegistryRow registry = registries.findByName(target.registryName()).orElseThrow(() -> missing(arn));
        return (lock
                        ? schemas.findForUpdate(registry.id(), target.schemaName())
                        : schemas.findByRegistryIdAndName(registry.id(), target.schemaName()))
                .orElseThrow(() -> missing(arn));
    }

    private TaggableResources other(String arn) {
        return others.stream().findFirst().orElseThrow(() -> missing(arn));
    }

    private static ApiException missing(String arn) {
        return ApiException.notFound("Resource %s does not exist.", arn);
    }
}
