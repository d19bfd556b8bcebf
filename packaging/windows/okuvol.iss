; Inno Setup recipe of okuvol's Windows installer, run by packaging/build.py, which passes
; AppVersion, BundleDir (the folder PyInstaller made), IconFile, OutputDir and OutputName.
; Installs for the current user only (no administrator needed), with a Start menu entry.

#ifndef AppVersion
  #error Run through packaging/build.py, which passes /DAppVersion and the folders
#endif

[Setup]
AppId={{6F1C9B2E-3D4A-4E8B-9C51-0A7D2F8E6B13}
AppName=okuvol
AppVersion={#AppVersion}
AppPublisher=okuvol
DefaultDirName={localappdata}\Programs\okuvol
DefaultGroupName=okuvol
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\okuvolw.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\okuvol"; Filename: "{app}\okuvolw.exe"
Name: "{autodesktop}\okuvol"; Filename: "{app}\okuvolw.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\okuvolw.exe"; Description: "{cm:LaunchProgram,okuvol}"; Flags: nowait postinstall skipifsilent
; The ledger, backups and settings are the user's and stay after uninstalling (see README).
