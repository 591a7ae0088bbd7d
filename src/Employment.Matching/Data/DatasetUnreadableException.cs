namespace Employment.Matching.Data;

/// <summary>A dataset, model or pairs file that cannot be used; the message is written for the person at the command line.</summary>
public sealed class DatasetUnreadableException(string message) : Exception(message);
