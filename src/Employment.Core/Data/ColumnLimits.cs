using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Employment.Core.Data;

/// <summary>
/// The last check before the database, for every write through EF Core: each added or changed text fits its column's
/// length and has no NUL (PostgreSQL refuses one), and each number fits its column's precision. The model's own limits are
/// the rule, so a new column is covered the day it is added. A form's validator says the same earlier, beside the field;
/// this catches what a validator missed, as a plain refusal rather than a database error.
/// </summary>
public sealed class ColumnLimits : SaveChangesInterceptor
{
    public static readonly ColumnLimits Instance = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => entry.State == EntityState.Added || p.IsModified))
            {
                if (Problem(property) is { } problem)
                {
                    throw new ValueDoesNotFitException(entry.Metadata.ClrType.Name, property.Metadata.Name, problem);
                }
            }
        }
    }

    private static string? Problem(PropertyEntry property) => property.CurrentValue switch
    {
        string text when text.Contains('\0', StringComparison.Ordinal) => $"{Words(property.Metadata.Name)} must not contain a NUL character",
        string text when property.Metadata.GetMaxLength() is { } most && text.Length > most =>
            $"{Words(property.Metadata.Name)} must be {most:N0} characters or fewer",
        decimal number when property.Metadata.GetPrecision() is { } precision && Math.Abs(number) >= Largest(precision, property.Metadata.GetScale() ?? 0) =>
            $"{Words(property.Metadata.Name)} must be less than {Largest(precision, property.Metadata.GetScale() ?? 0):N0}",
        _ => null,
    };

    private static decimal Largest(int precision, int scale) => (decimal)Math.Pow(10, precision - scale);

    /// <summary>"HourlyPay" as "Hourly pay".</summary>
    public static string Words(string name)
    {
        var words = SnakeCase.ToSnakeCase(name).Replace('_', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }
}

/// <summary>A value that does not fit its column, refused before it reached the database; nothing of the save was written.</summary>
public sealed class ValueDoesNotFitException(string entity, string property, string message) : Exception(message)
{
    public string Entity { get; } = entity;
    public string Property { get; } = property;
}
