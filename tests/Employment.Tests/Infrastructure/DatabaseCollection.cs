namespace Employment.Tests.Infrastructure;

[CollectionDefinition("Database")]
public sealed class DatabaseCollection;
