namespace Employment.Core.EhcPlans.Sections;

/// <summary>A sentence of the plan with the section it sits in (A to K; "" before section A) and the heading above it.</summary>
/// <param name="ParentVoice">Said by the parents or carers (their part of section A, or "We would like..."), not by the young person.</param>
/// <param name="Label">The first cell of the sentence's table row when that is a short label, such as an outcome's area.</param>
public sealed record PlanSentence(string Text, string Section, string Subheading, bool ParentVoice, int LineIndex, string Label = "");
