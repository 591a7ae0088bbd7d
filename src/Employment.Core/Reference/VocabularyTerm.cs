namespace Employment.Core.Reference;

/// <summary>A tag from a controlled list, with the plain-English label people see.</summary>
public abstract class VocabularyTerm
{
    public required string Tag { get; set; }
    public required string Label { get; set; }
}

public class Skill : VocabularyTerm;

public class Adjustment : VocabularyTerm;
