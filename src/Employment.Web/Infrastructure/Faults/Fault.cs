using System.Text;
using Employment.Core.Data;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Npgsql;

namespace Employment.Web.Infrastructure.Faults;

/// <summary>
/// A failure that is not a fault in the site: what was sent could not be read or stored (400, 409, 413), or the database
/// is not answering (503). Each is answered with a plain page and its own status, never "Sorry, there is a problem" and a 500.
/// </summary>
public sealed record Fault(int Status, string Message)
{
    public const string Unavailable =
        "The service is not available at the moment; nothing you entered has been lost or saved. Try again in a few minutes.";

    public const string CouldNotRead =
        "What was sent could not be read. Go back, check what you entered and try again. Nothing was saved.";

    public const string TooLarge =
        "What was sent is too large. Go back and send less (a smaller file, or shorter answers). Nothing was saved.";

    public const string ChangedMeanwhile =
        "Someone else saved a change to the same thing at the same moment, so nothing from this form was saved. Go back, refresh the page to see the latest and try again.";

    /// <summary>The key under which the page's message travels to the error page (re-executed in the same request).</summary>
    public const string MessageKey = "employment-fault-message";

    /// <summary>The fault <paramref name="exception"/> stands for, or null when it is a fault in the site (a 500).</summary>
    public static Fault? Of(Exception exception)
    {
        var chain = Chain(exception).ToList();
        if (chain.Any(IsDatabaseUnavailable))
        {
            return new(StatusCodes.Status503ServiceUnavailable, Unavailable);
        }
        if (chain.OfType<ValueDoesNotFitException>().FirstOrDefault() is { } doesNotFit)
        {
            return new(StatusCodes.Status400BadRequest, doesNotFit.Message);
        }
        if (chain.OfType<PostgresException>().FirstOrDefault() is { } postgres)
        {
            return postgres.SqlState switch
            {
                // Class 22: data the column cannot hold (too long, out of range, a NUL, a bad date).
                { } state when state.StartsWith("22", StringComparison.Ordinal) => new(StatusCodes.Status400BadRequest, CouldNotRead),
                PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure => new(StatusCodes.Status409Conflict, ChangedMeanwhile),
                _ => null,
            };
        }
        if (chain.Any(e => e is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException))
        {
            return new(StatusCodes.Status409Conflict, ChangedMeanwhile);
        }
        if (chain.OfType<BadHttpRequestException>().FirstOrDefault() is { } badRequest)
        {
            return badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? new(StatusCodes.Status413PayloadTooLarge, TooLarge)
                : new(StatusCodes.Status400BadRequest, CouldNotRead);
        }
        if (chain.Any(e => e is InvalidDataException or ValueProviderException or DecoderFallbackException or AntiforgeryValidationException))
        {
            return chain.Any(e => e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
                ? new(StatusCodes.Status413PayloadTooLarge, TooLarge)
                : new(StatusCodes.Status400BadRequest, CouldNotRead);
        }
        return null;
    }

    /// <summary>The database is down, restarting, refusing connections or too slow: nothing the user did.</summary>
    public static bool IsDatabaseUnavailable(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exceptions
            || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) // shutting down, cannot connect now
            || postgres.SqlState == PostgresErrorCodes.TooManyConnections
            || postgres.SqlState == PostgresErrorCodes.QueryCanceled,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is System.Net.Sockets.SocketException or TimeoutException or IOException,
        TimeoutException => true,
        _ => false,
    };

    /// <summary>At start-up: the database is unreachable, or refuses the connection string's user or password.</summary>
    public static bool IsStartUpDatabaseProblem(Exception exception) =>
        Chain(exception).Any(e => IsDatabaseUnavailable(e) || e is PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification or PostgresErrorCodes.InvalidCatalogName }
            || e is NpgsqlException && e is not PostgresException);

    public static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }
}
