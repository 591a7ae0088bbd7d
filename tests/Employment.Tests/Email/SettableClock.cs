namespace Employment.Tests.Email;

/// <summary>A clock the test moves by hand.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = start;

    public override DateTimeOffset GetUtcNow() => Now;

    public void SetDay(DateOnly day, int hour) => Now = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}
