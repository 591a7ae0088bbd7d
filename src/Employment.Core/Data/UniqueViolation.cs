using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Employment.Core.Data;

public static class UniqueViolation
{
    /// <summary>
    /// Whether a save failed because the database already holds the value a unique index guards: the loser of two people
    /// doing the same thing at once, which a check before the save cannot rule out.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
