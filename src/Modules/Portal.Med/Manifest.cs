using Portal.Core.Modules;

[assembly: Module(
    Name = "MED",
    Description = "MED-udvalg, møder, dagsordener, referater og beslutningsregistret.",
    Dependencies = ["Portal.Contents", "Portal.Media"])]
