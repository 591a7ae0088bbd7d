namespace Employment.Development;

/// <summary>Something the development set-up cannot do by itself; the message says in one sentence what the person can do.</summary>
public sealed class DevelopmentSetupException(string message, Exception? inner = null) : Exception(message, inner);
