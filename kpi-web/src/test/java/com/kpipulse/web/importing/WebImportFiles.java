package com.kpipulse.web.importing;

import com.kpipulse.web.support.TestChannels;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Files the web import tests upload, and the clean-up of what they wrote: their values live in 2001 on channel
 * {@value #CHANNEL}; their batches are the ones whose file name starts with {@value #FILE_PREFIX}.
 */
final class WebImportFiles {

    static final String CHANNEL = "web_import_test";
    static final String FILE_PREFIX = "web-import-";

    static final String GOOD_CSV = """
            date,channel,campaign,ad_spend,clicks
            2001-03-01,web_import_test,Spring <b>sale</b>,1200.50,340
            2001-03-02,web_import_test,Spring <b>sale</b>,900,210
            """;

    static final String BROKEN_CSV = """
            date,channel,campaign,ad_spend,clicks
            2001-03-01,web_import_test,Spring,12o0,340
            2001-13-45,web_import_test,Spring,900,210
            """;

    private WebImportFiles() {
    }

    /** Removes what earlier runs wrote and makes the test channel known (see {@link TestChannels}). */
    static void cleanUp(DataSource dataSource) throws SQLException {
        TestChannels.register(dataSource, CHANNEL);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement values = connection.prepareStatement(
                    "delete from observation where channel = ? and period_start between '2001-01-01' and '2001-12-31'")) {
                values.setString(1, CHANNEL);
                values.executeUpdate();
            }
            try (PreparedStatement raw = connection.prepareStatement("select lo_unlink(content) from import_raw where"
                    + " batch_id in (select id from import_batch where file_name like ?)")) {
                raw.setString(1, FILE_PREFIX + "%");
                raw.executeQuery().close();
            }
            try (PreparedStatement batches = connection.prepareStatement(
                    "delete from import_batch where file_name like ?")) {
                batches.setString(1, FILE_PREFIX + "%");
                batches.executeUpdate();
            }
        }
    }

    static long storedValues(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "select count(*) from observation where channel = ? and period_start between '2001-01-01' and '2001-12-31'")) {
            count.setString(1, CHANNEL);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
