package com.kpipulse.adapters.goal;

import com.kpipulse.application.goal.Goals;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Goals in PostgreSQL through Panache; the domain never sees an entity. */
@ApplicationScoped
public class GoalPersistenceAdapter implements Goals {

    @ApplicationScoped
    public static class GoalPanacheRepository implements PanacheRepositoryBase<GoalJpaEntity, UUID> {
    }

    private final GoalPanacheRepository repository;

    @Inject
    public GoalPersistenceAdapter(GoalPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public void save(Goal goal) {
        GoalJpaEntity entity = repository.findByIdOptional(goal.id().value()).orElseGet(GoalJpaEntity::new);
        boolean isNew = entity.id == null;
        if (!isNew) {
            // replace the KPI rows: flush the removals before the new rows reuse their positions
            entity.kpis.clear();
            repository.flush();
        }
        GoalMapper.copy(goal, entity);
        if (isNew) {
            repository.persist(entity);
        }
        repository.flush();
    }

    @Override
    public Optional<Goal> find(GoalId id) {
        return repository.findByIdOptional(id.value()).map(GoalMapper::toDomain);
    }

    @Override
    public List<Goal> all() {
        return repository.listAll(Sort.ascending("startDate", "title")).stream().map(GoalMapper::toDomain).toList();
    }

    @Override
    public boolean delete(GoalId id) {
        return repository.deleteById(id.value());
    }
}
