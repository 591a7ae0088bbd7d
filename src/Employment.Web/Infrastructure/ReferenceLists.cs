using Employment.Core.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Employment.Web.Infrastructure;

/// <summary>The reference lists forms offer (SOC 2020, skills, adjustments, councils), read once and kept in memory.</summary>
public sealed class ReferenceLists(IServiceScopeFactory scopes, IMemoryCache cache)
{
    public sealed record Term(string Value, string Label);

    public Task<IReadOnlyList<Term>> OccupationsAsync() => GetAsync("soc", db =>
        db.SocUnitGroups.OrderBy(s => s.Title).Select(s => new Term(s.Code, s.Title + " (" + s.Code + ")")));

    public Task<IReadOnlyList<Term>> SkillsAsync() => GetAsync("skills", db =>
        db.Skills.OrderBy(s => s.Label).Select(s => new Term(s.Tag, s.Label)));

    public Task<IReadOnlyList<Term>> AdjustmentsAsync() => GetAsync("adjustments", db =>
        db.Adjustments.OrderBy(a => a.Label).Select(a => new Term(a.Tag, a.Label)));

    public Task<IReadOnlyList<Term>> LocalAuthoritiesAsync() => GetAsync("local-authorities", db =>
        db.LocalAuthorities.OrderBy(l => l.Name).Select(l => new Term(l.Id.ToString(), l.Name)));

    public static IEnumerable<SelectListItem> Options(IEnumerable<Term> terms) => terms.Select(t => new SelectListItem(t.Label, t.Value));

    public static string LabelOf(IEnumerable<Term> terms, string value) => terms.FirstOrDefault(t => t.Value == value)?.Label ?? value;

    private async Task<IReadOnlyList<Term>> GetAsync(string key, Func<EmploymentDbContext, IQueryable<Term>> query)
    {
        if (cache.TryGetValue(key, out IReadOnlyList<Term>? terms) && terms is not null)
        {
            return terms;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EmploymentDbContext>();
        terms = await query(db).AsNoTracking().ToListAsync();
        cache.Set(key, terms, TimeSpan.FromHours(1));
        return terms;
    }
}
