using Employment.Core.Data;
using Employment.Matching.Features;
using Employment.Matching.Ranking;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Employment.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="MatchingService"/> per scope, and the one <see cref="MatchRanker"/> behind it, which opens its own
    /// connections from the registered <see cref="NpgsqlDataSource"/>; needs a <see cref="TimeProvider"/> registered too.
    /// </summary>
    public static IServiceCollection AddMatching(this IServiceCollection services)
    {
        services.AddSingleton(provider => Ranker(provider.GetRequiredService<NpgsqlDataSource>(), provider.GetRequiredService<TimeProvider>()));
        services.AddScoped<MatchingService>();
        return services;
    }

    /// <summary>The ranker as the site builds it, for hosts without a service container (the command line).</summary>
    public static MatchRanker Ranker(NpgsqlDataSource dataSource, TimeProvider time) =>
        new(() => new EmploymentDbContext(DbContextOptionsSetup.For(dataSource)), time);
}
