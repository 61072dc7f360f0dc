package com.kpipulse.adapters.analysis;

import com.kpipulse.application.analysis.Annotations;
import com.kpipulse.domain.analysis.Annotation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Annotations in {@code annotation}. */
@ApplicationScoped
public class AnnotationPersistenceAdapter implements Annotations {

    @ApplicationScoped
    public static class AnnotationPanacheRepository implements PanacheRepositoryBase<AnnotationJpaEntity, UUID> {
    }

    private final AnnotationPanacheRepository repository;

    @Inject
    public AnnotationPersistenceAdapter(AnnotationPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public void add(Annotation annotation) {
        AnnotationJpaEntity entity = new AnnotationJpaEntity();
        entity.id = annotation.id();
        entity.kpi = annotation.kpi();
        entity.day = annotation.day();
        entity.channel = annotation.channel();
        entity.author = annotation.author();
        entity.writtenAt = annotation.writtenAt();
        entity.body = annotation.text();
        repository.persist(entity);
    }

    @Override
    public List<Annotation> of(String kpi, LocalDate from, LocalDate to) {
        return repository.list("kpi = ?1 and day between ?2 and ?3", Sort.ascending("day", "writtenAt"), kpi, from, to)
                .stream()
                .map(AnnotationPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public Optional<Annotation> find(UUID id) {
        return repository.findByIdOptional(id).map(AnnotationPersistenceAdapter::toDomain);
    }

    @Override
    public boolean remove(UUID id) {
        return repository.deleteById(id);
    }

    private static Annotation toDomain(AnnotationJpaEntity entity) {
        return new Annotation(entity.id, entity.kpi, entity.day, entity.channel, entity.author, entity.writtenAt,
                entity.body);
    }
}
