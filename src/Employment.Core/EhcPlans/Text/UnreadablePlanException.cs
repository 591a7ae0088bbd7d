namespace Employment.Core.EhcPlans.Text;

/// <summary>The file cannot be read as a plan; the message is one plain-English sentence about the problem (without the file name).</summary>
public sealed class UnreadablePlanException(string problem) : Exception(problem);
