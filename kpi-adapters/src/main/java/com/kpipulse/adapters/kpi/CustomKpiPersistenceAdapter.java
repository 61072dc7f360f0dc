package com.kpipulse.adapters.kpi;

import com.kpipulse.application.kpi.CustomKpis;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.Unit;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Custom KPI definitions in {@code custom_kpi}. */
@ApplicationScoped
public class CustomKpiPersistenceAdapter implements CustomKpis {

    @ApplicationScoped
    public static class CustomKpiPanacheRepository implements PanacheRepositoryBase<CustomKpiJpaEntity, String> {
    }

    private final CustomKpiPanacheRepository repository;
    private final Clock clock;

    @Inject
    public CustomKpiPersistenceAdapter(CustomKpiPanacheRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public List<CustomKpiDraft> all() {
        return repository.listAll(Sort.ascending("definedAt", "code")).stream().map(CustomKpiPersistenceAdapter::toDraft).toList();
    }

    @Override
    public Optional<CustomKpiDraft> find(String code) {
        return repository.findByIdOptional(code).map(CustomKpiPersistenceAdapter::toDraft);
    }

    @Override
    public void save(CustomKpiDraft draft) {
        CustomKpiJpaEntity entity = repository.findByIdOptional(draft.code()).orElseGet(() -> {
            CustomKpiJpaEntity created = new CustomKpiJpaEntity();
            created.code = draft.code();
            created.definedAt = clock.instant();
            return created;
        });
        entity.nameRu = draft.nameRu();
        entity.nameEn = draft.nameEn();
        entity.formula = draft.formula();
        entity.unit = draft.unit().name();
        entity.direction = draft.direction().name();
        entity.level = draft.level().name();
        entity.group = draft.group().name();
        entity.explanationRu = draft.explanationRu() == null ? "" : draft.explanationRu();
        entity.explanationEn = draft.explanationEn() == null ? "" : draft.explanationEn();
        repository.persist(entity);
    }

    @Override
    public boolean delete(String code) {
        return repository.deleteById(code);
    }

    private static CustomKpiDraft toDraft(CustomKpiJpaEntity entity) {
        return new CustomKpiDraft(entity.code, entity.nameRu, entity.nameEn, entity.formula, Unit.valueOf(entity.unit),
                Direction.valueOf(entity.direction), Level.valueOf(entity.level), KpiGroup.valueOf(entity.group),
                entity.explanationRu, entity.explanationEn);
    }
}
