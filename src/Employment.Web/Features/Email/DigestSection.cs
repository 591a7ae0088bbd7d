namespace Employment.Web.Features.Email;

/// <summary>One part of a coach's daily digest. Adding a part is one class registered in <see cref="EmailJobsSetup"/>.</summary>
public interface IDigestSection
{
    /// <summary>Where the part goes in the email, lowest first.</summary>
    int Order { get; }

    /// <summary>
    /// Null when there is nothing to say today, so an empty digest is not sent. <paramref name="now"/> is the moment
    /// the digest is built, which is also recorded as the time the digest email was queued.
    /// </summary>
    Task<DigestPart?> BuildAsync(Guid coachId, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <param name="SendsDigest">
/// False for a part that goes along with a digest sent for something else but is not reason enough to send one:
/// the "needs attention" summary would otherwise mail a coach every day someone is merely due soon.
/// </param>
/// <param name="About">The people the part names or quotes, recorded with the email so erasure can find it.</param>
public sealed record DigestPart(string Heading, IReadOnlyList<string> Lines, bool SendsDigest = true, IReadOnlyCollection<Guid>? About = null);
