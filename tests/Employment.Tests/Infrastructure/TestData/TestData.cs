using Bogus;
using Employment.Core.Data;

namespace Employment.Tests.Infrastructure;

/// <summary>
/// The one test-data kit: a <c>CreateXAsync(x =&gt; x.With…())</c> per aggregate (one file each), saving to the
/// test's database and returning the saved entity. Each call saves in a context of its own, unless the kit was made
/// <see cref="On"/> a context the test already holds.
/// </summary>
public sealed partial class TestData
{
    internal static readonly Faker Faker = new("en_GB");

    /// <summary>The machine's today, as the site sees it: new opportunities are posted on it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    private readonly Func<EmploymentDbContext> _context;
    private readonly bool _sharedContext;
    private readonly IServiceProvider? _services;

    /// <param name="newContext">A fresh context on the test's database; the kit disposes it.</param>
    /// <param name="services">The site's services, for what only the site can make (users with passwords).</param>
    public TestData(Func<EmploymentDbContext> newContext, IServiceProvider? services = null)
        : this(newContext, sharedContext: false, services)
    {
    }

    private TestData(Func<EmploymentDbContext> context, bool sharedContext, IServiceProvider? services)
    {
        _context = context;
        _sharedContext = sharedContext;
        _services = services;
    }

    /// <summary>The kit adding to (and saving) a context the test already holds, so it sees the rows as tracked.</summary>
    public static TestData On(EmploymentDbContext db) => new(() => db, sharedContext: true, services: null);

    private async Task<T> SaveAsync<T>(Func<EmploymentDbContext, Task<T>> add)
    {
        var db = _context();
        try
        {
            var entity = await add(db);
            await db.SaveChangesAsync();
            return entity;
        }
        finally
        {
            if (!_sharedContext)
            {
                await db.DisposeAsync();
            }
        }
    }
}
