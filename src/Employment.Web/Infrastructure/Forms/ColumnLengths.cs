using System.Reflection;
using Employment.Core.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Employment.Web.Infrastructure.Forms;

/// <summary>
/// Every text a form carries, against the columns it can be stored in, before any write: a form's text property is held
/// to the longest column of the same name in the database's model (Email: 256), so a value no column of that name could
/// hold is refused beside its field. The longest, so a legitimate answer is never refused by a shorter namesake; the
/// database model's <see cref="ColumnLimits"/> refuses anything that still does not fit when it is saved.
/// </summary>
public static class ColumnLengths
{
    private static readonly Lazy<IReadOnlyDictionary<string, int>> LongestByName = new(ReadModel);

    public static void AddErrors(object? form, ModelStateDictionary state, string prefix)
    {
        if (form is null)
        {
            return;
        }
        foreach (var property in form.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.CanRead && p.GetIndexParameters().Length == 0))
        {
            if (!LongestByName.Value.TryGetValue(property.Name, out var most) || property.GetValue(form) is not string text || text.Trim().Length <= most)
            {
                continue;
            }
            var key = prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}";
            if (state.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }
            state.AddModelError(key, $"This answer must be {most:N0} characters or fewer");
        }
    }

    /// <summary>The model only: the context is built to read its limits and never connects.</summary>
    private static IReadOnlyDictionary<string, int> ReadModel()
    {
        var options = new DbContextOptionsBuilder<EmploymentDbContext>().UseNpgsql("Host=model-only").UseSnakeCaseNamingConvention().Options;
        using var db = new EmploymentDbContext(options);
        return db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is not null)
            .GroupBy(p => p.Name)
            .ToDictionary(g => g.Key, g => g.Max(p => p.GetMaxLength()!.Value), StringComparer.Ordinal);
    }
}
