package com.kpipulse.adapters.channel;

import com.kpipulse.application.importing.ChannelRules;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** The channel mapping, read from {@code channel_rule} at each import so edits apply at once. */
@ApplicationScoped
public class ChannelRulePersistenceAdapter implements ChannelRules {

    @ApplicationScoped
    public static class ChannelRulePanacheRepository implements PanacheRepositoryBase<ChannelRuleJpaEntity, Long> {
    }

    private final ChannelRulePanacheRepository repository;

    @Inject
    public ChannelRulePersistenceAdapter(ChannelRulePanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public ChannelMapping current() {
        return new ChannelMapping(repository.listAll().stream()
                .map(rule -> new ChannelRule(rule.sourcePattern, rule.channel))
                .toList());
    }

    @Override
    public void replace(List<ChannelRule> rules) {
        repository.deleteAll();
        repository.flush();
        for (ChannelRule rule : rules) {
            ChannelRuleJpaEntity entity = new ChannelRuleJpaEntity();
            entity.sourcePattern = rule.sourcePattern();
            entity.channel = rule.channel();
            repository.persist(entity);
        }
    }
}
