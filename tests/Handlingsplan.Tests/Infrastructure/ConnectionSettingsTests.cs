using Handlingsplan.Infrastructure;
using Npgsql;

namespace Handlingsplan.Tests.Infrastructure;

/// <summary>The settings the app adds to its connection string, and that a configured setting wins.</summary>
public sealed class ConnectionSettingsTests
{
    const string Given = "Host=db.example;Database=handlingsplan;Username=handlingsplan;Password=secret";

    [Fact]
    public void A_plain_connection_string_gains_prepared_statements_no_reset_and_a_bounded_pool()
    {
        var pooled = new NpgsqlConnectionStringBuilder(DatabaseRoles.Pooled(Given));

        Assert.Equal(64, pooled.MaxAutoPrepare);
        Assert.Equal(2, pooled.AutoPrepareMinUsages);
        Assert.True(pooled.NoResetOnClose);
        Assert.Equal(DatabaseRoles.MaxPoolSize, pooled.MaxPoolSize);
        Assert.Equal("db.example", pooled.Host);
        Assert.Equal("secret", pooled.Password);
    }

    [Theory]
    [InlineData("Max Auto Prepare=0")]
    [InlineData("max auto prepare = 0")]
    public void Statements_left_unprepared_in_the_configuration_stay_unprepared(string setting)
    {
        var pooled = new NpgsqlConnectionStringBuilder(DatabaseRoles.Pooled($"{Given};{setting}"));

        Assert.Equal(0, pooled.MaxAutoPrepare);
        Assert.True(pooled.NoResetOnClose);
    }

    [Theory]
    [InlineData("Maximum Pool Size=100", 100)]
    [InlineData("MaxPoolSize=7", 7)]
    public void A_configured_pool_size_wins(string setting, int expected)
    {
        var pooled = new NpgsqlConnectionStringBuilder(DatabaseRoles.Pooled($"{Given};{setting}"));

        Assert.Equal(expected, pooled.MaxPoolSize);
    }

    [Fact]
    public void A_configured_reset_on_close_wins()
    {
        var pooled = new NpgsqlConnectionStringBuilder(DatabaseRoles.Pooled($"{Given};No Reset On Close=false"));

        Assert.False(pooled.NoResetOnClose);
        Assert.Equal(64, pooled.MaxAutoPrepare);
    }

    [Fact]
    public void A_password_that_reads_like_a_setting_is_only_a_password()
    {
        var pooled = new NpgsqlConnectionStringBuilder(DatabaseRoles.Pooled("Host=db.example;Username=u;Password='maxpoolsize=3'"));

        Assert.Equal(DatabaseRoles.MaxPoolSize, pooled.MaxPoolSize);
        Assert.Equal("maxpoolsize=3", pooled.Password);
    }
}
