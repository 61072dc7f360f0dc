package com.kpipulse.adapters.company;

import com.kpipulse.application.company.CompanySettingsStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.company.CompanySettings;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;

/** The company's settings: the single row of {@code company_settings}, written at the version the writer read. */
@ApplicationScoped
public class PostgresCompanySettings implements CompanySettingsStore {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresCompanySettings(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Versioned<CompanySettings> versioned() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select currency, time_zone, version from company_settings");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The company's settings are missing: the migration stores them");
            }
            return new Versioned<>(new CompanySettings(rs.getString(1), ZoneId.of(rs.getString(2))), rs.getLong(3));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the company's settings", e);
        }
    }

    @Override
    public VersionedWrite replace(CompanySettings settings, ExpectedVersion expected) {
        String condition = expected instanceof ExpectedVersion.Exactly ? " where version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update company_settings set currency = ?,"
                     + " time_zone = ?, version = version + 1" + condition + " returning version")) {
            update.setString(1, settings.currency());
            update.setString(2, settings.zone().getId());
            if (expected instanceof ExpectedVersion.Exactly exactly) {
                update.setLong(3, exactly.version());
            }
            try (ResultSet rs = update.executeQuery()) {
                if (rs.next()) {
                    return new VersionedWrite.Written(rs.getLong(1));
                }
            }
            try (PreparedStatement select = connection.prepareStatement("select version from company_settings");
                 ResultSet rs = select.executeQuery()) {
                return rs.next() ? new VersionedWrite.Stale(rs.getLong(1)) : new VersionedWrite.Missing();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change the company's settings", e);
        }
    }
}
