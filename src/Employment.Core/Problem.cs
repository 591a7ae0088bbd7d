namespace Employment.Core;

/// <summary>
/// A plain-English reason a write service refused what it was asked to do. <see cref="Field"/> is the form field it
/// belongs beside (the form's property name), or empty for the page as a whole.
/// </summary>
public sealed record Problem(string Field, string Message)
{
    public static Problem ForPage(string message) => new("", message);
}
