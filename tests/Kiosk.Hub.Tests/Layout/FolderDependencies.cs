using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Kiosk.Hub.Tests.Layout;

/// <summary>
/// Which of the hub's folders use which, read from the compiled hub itself: every type a type
/// names in its signatures, fields and method bodies (IL), with compiler-made types (lambdas,
/// async state machines) counted for the type that wrote them. A folder is the namespace under
/// Kiosk.Hub (Kiosk.Hub.Desk → "Desk"); Razor components count for theirs.
/// </summary>
public static class FolderDependencies
{
    public const string Root = "Kiosk.Hub";

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Folder → the other folders it uses, with one example of each use ("Type → Type").</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Of(Assembly hub)
    {
        var uses = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in hub.GetTypes())
        {
            var owner = Outermost(type);
            if (Folder(owner) is not { } from)
            {
                continue;
            }

            foreach (var used in Used(type).Select(Outermost).Where(t => t.Assembly == hub).Distinct())
            {
                if (Folder(used) is { } to && to != from)
                {
                    var edges = uses.TryGetValue(from, out var e) ? e : uses[from] = [];
                    edges.TryAdd(to, $"{owner.Name} uses {used.Name}");
                }
            }
        }

        return uses.ToDictionary(u => u.Key, u => (IReadOnlyDictionary<string, string>)u.Value);
    }

    /// <summary>
    /// The folder a type is in: "" for the root (the composition: Program and the hub's endpoint),
    /// null outside the hub and for what the compiler made on its own (anonymous types, collection literals).
    /// </summary>
    public static string? Folder(Type type) => type.Namespace switch
    {
        Root => "",
        { } ns when ns.StartsWith(Root + ".", StringComparison.Ordinal) => ns[(Root.Length + 1)..].Split('.')[0],
        null when type.Name == "Program" => "",
        _ => null,
    };

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    private static IEnumerable<Type> Used(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var named = new List<Type>();
        if (type.BaseType is { } b) named.Add(b);
        named.AddRange(type.GetInterfaces());
        named.AddRange(type.GetFields(all).Select(f => f.FieldType));
        named.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
        named.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo m) named.Add(m.ReturnType);
            named.AddRange(method.GetParameters().Select(p => p.ParameterType));
            named.AddRange(InBody(method));
        }

        return named.SelectMany(Unwrapped);
    }

    /// <summary>A type and what it is made of: List&lt;Row&gt; uses Row, Row[] uses Row.</summary>
    private static IEnumerable<Type> Unwrapped(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Unwrapped(type.GetElementType()!)) yield return t;
            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type;
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Unwrapped)) yield return t;
        }
    }

    /// <summary>Every type, field and method a body's IL refers to, by its metadata token.</summary>
    private static IEnumerable<Type> InBody(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            yield break;
        }

        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, at);
                    Type? found = null;
                    try
                    {
                        found = module.ResolveMember(token, typeArgs, methodArgs) switch
                        {
                            Type t => t,
                            MemberInfo member => member.DeclaringType,
                            _ => null,
                        };
                    }
                    catch (ArgumentException)
                    {
                    }

                    if (found is not null)
                    {
                        yield return found;
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (BitConverter.ToInt32(il, at) * 4);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }

    /// <summary>The folders in a cycle, each with the use that closes it, or empty when there is none.</summary>
    public static IReadOnlyList<string> Cycles(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> uses)
    {
        var found = new List<string>();
        foreach (var start in uses.Keys.Order(StringComparer.Ordinal))
        {
            foreach (var path in PathsBack(uses, start))
            {
                // Each cycle once: reported from its alphabetically first folder.
                if (path.All(f => string.CompareOrdinal(start, f) <= 0))
                {
                    found.Add(string.Join("\n    ", path.Zip(path.Skip(1).Append(start), (a, b) => $"{Show(a)} → {Show(b)}  ({uses[a][b]})")));
                }
            }
        }

        return found;
    }

    private static string Show(string folder) => folder.Length == 0 ? "(root)" : folder;

    /// <summary>Shortest path from <paramref name="start"/> back to itself through each first step, if any.</summary>
    private static IEnumerable<List<string>> PathsBack(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> uses, string start)
    {
        foreach (var first in uses.GetValueOrDefault(start)?.Keys ?? [])
        {
            var previous = new Dictionary<string, string> { [first] = start };
            var queue = new Queue<string>([first]);
            while (queue.Count > 0)
            {
                var at = queue.Dequeue();
                if (at == start)
                {
                    var path = new List<string>();
                    for (var f = previous[start]; f != start; f = previous[f]) path.Insert(0, f);
                    path.Insert(0, start);
                    yield return path;
                    break;
                }

                foreach (var next in uses.GetValueOrDefault(at)?.Keys ?? [])
                {
                    if (previous.TryAdd(next, at))
                    {
                        queue.Enqueue(next);
                    }
                }
            }
        }
    }
}
