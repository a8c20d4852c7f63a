using System.Collections.Immutable;

namespace RigPlan.Core.Builds;

/// <summary>
/// A parsed structured document (YAML or JSON) with the line of every node, so that the build reader,
/// which lives in Core, can report problems where a person will find them without depending on a parser.
/// </summary>
public abstract record DocNode(int Line, int Column);

/// <summary>A mapping of keys to nodes, in file order.</summary>
public sealed record DocMap(int Line, int Column, ImmutableArray<DocEntry> Entries) : DocNode(Line, Column);

/// <summary>One key of a mapping and its value.</summary>
public sealed record DocEntry(string Key, int Line, DocNode Value);

/// <summary>A sequence of nodes.</summary>
public sealed record DocList(int Line, int Column, ImmutableArray<DocNode> Items) : DocNode(Line, Column);

/// <summary>A scalar as written; <see cref="IsNull"/> when it was empty or null.</summary>
public sealed record DocScalar(int Line, int Column, string Text, bool IsNull = false) : DocNode(Line, Column);
