using System.Collections.Immutable;
using RigPlan.Core;
using RigPlan.Core.Builds;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RigPlan.Cli;

/// <summary>Parses YAML into Core's <see cref="DocNode"/> tree, keeping every node's line; syntax errors become input errors.</summary>
internal static class YamlDocuments
{
    // Aliases can make a small file expand enormously; a build file has a few hundred nodes.
    private const int MaxNodes = 100_000;

    // The YAML parser and the conversion below recurse once per nesting level; a hostile file nested thousands of
    // levels deep would overflow the stack, which no handler can catch. A build file needs six levels.
    private const int MaxDepth = 64;

    public static (DocNode? Root, InputError? Error) Parse(string file, string text)
    {
        if (NestingTooDeep(text) is { } line)
        {
            return (null, new InputError(file, line, null, $"the file nests more than {MaxDepth} levels deep", "a build or requirements file needs a handful of levels; check the brackets and indentation"));
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            if (message.StartsWith('(') && message.Contains("): ", StringComparison.Ordinal))
            {
                message = message[(message.IndexOf("): ", StringComparison.Ordinal) + 3)..];
            }

            return (null, new InputError(file, (int)ex.Start.Line, null, $"YAML syntax error: {message}", "check the indentation and punctuation on this line (docs/build-file.md shows a complete file)"));
        }

        if (stream.Documents.Count == 0)
        {
            return (null, new InputError(file, 1, null, "the file is empty", "start from examples/seed-4x3090-fixed.yaml"));
        }

        var count = 0;
        try
        {
            return (Convert(stream.Documents[0].RootNode, ref count), null);
        }
        catch (InvalidDataException ex)
        {
            return (null, new InputError(file, 1, null, ex.Message, "remove the YAML aliases that expand the file"));
        }
    }

    /// <summary>The line where flow brackets or block indentation first go deeper than <see cref="MaxDepth"/>, or null.</summary>
    private static int? NestingTooDeep(string text)
    {
        var depth = 0;
        var line = 1;
        var atLineStart = true;
        var indent = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                atLineStart = true;
                indent = 0;
                continue;
            }

            if (atLineStart && c is ' ' or '-')
            {
                // Each level of block nesting is at least one column of indentation ("- " opens one too).
                if (++indent > MaxDepth * 2)
                {
                    return line;
                }

                continue;
            }

            atLineStart = false;
            if (c is '[' or '{')
            {
                if (++depth > MaxDepth)
                {
                    return line;
                }
            }
            else if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
        }

        return null;
    }

    private static DocNode Convert(YamlNode node, ref int count)
    {
        if (++count > MaxNodes)
        {
            throw new InvalidDataException($"the document expands to more than {MaxNodes:N0} values");
        }

        var line = (int)node.Start.Line;
        var column = (int)node.Start.Column;
        switch (node)
        {
            case YamlMappingNode map:
                var entries = ImmutableArray.CreateBuilder<DocEntry>();
                foreach (var (key, value) in map.Children)
                {
                    var keyText = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
                    entries.Add(new DocEntry(keyText, (int)key.Start.Line, Convert(value, ref count)));
                }

                return new DocMap(line, column, entries.ToImmutable());
            case YamlSequenceNode list:
                var items = ImmutableArray.CreateBuilder<DocNode>();
                foreach (var item in list.Children)
                {
                    items.Add(Convert(item, ref count));
                }

                return new DocList(line, column, items.ToImmutable());
            case YamlScalarNode scalar:
                var text = scalar.Value ?? "";
                var isNull = scalar.Style == ScalarStyle.Plain && (text.Length == 0 || text is "~" or "null" or "Null" or "NULL");
                return new DocScalar(line, column, text, isNull);
            default:
                return new DocScalar(line, column, "", true);
        }
    }
}
