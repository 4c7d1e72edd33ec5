namespace Portal.Testing;

public static class TestDatabases
{
    /// <summary>A connection string to a new, empty database on the throw-away server ./test.sh starts.</summary>
    public static string NewPostgresDatabase(string prefix = "portal_test")
    {
        var server = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("PORTAL_TEST_POSTGRES is not set. Run the tests with ./test.sh, which starts a throw-away PostgreSQL and sets it.");
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"{prefix}_{Guid.NewGuid():n}" }.ConnectionString;
    }
}
