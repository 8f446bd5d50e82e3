; Inno Setup 6 script of the SOP Studio installer for Windows: per user, no admin rights.
; Build the frozen app first (pyinstaller packaging\sopstudio.spec -> dist\sopstudio), then
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\sopstudio.iss  -> dist\sopstudio-0.1.0-setup.exe
; .github/workflows/windows.yml does both, installs the result silently and runs its self-test.
;
; Windows associates a file by its last extension only, so *.sop.json / *.decree.json are .json
; and paket*.zip is .zip to Explorer. Without taking those over for every file, the installer
; (all under HKCU):
;   * adds a verb shown only on those names (AppliesTo, "~" matches DOS wildcards): "Buka di SOP Studio", "Impor paket ke
;     SOP Studio" in the right-click menu;
;   * lists SOP Studio under "Open with" for .json and .zip;
;   * with the task "jsondefault" (ticked by default), makes SOP Studio the double-click program
;     for .json files of this user when no other program was chosen; SOP Studio refuses other
;     JSON files with a message, and Open with lets the user pick another program.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "sopstudio.exe"
#define ProgId "SOPStudio.Document"
#define PackageProgId "SOPStudio.Package"

[Setup]
AppId={{24346108-D195-4466-9DF5-DBD5C7C6DCAB}
AppName=SOP Studio
AppVersion={#AppVersion}
AppPublisher=SOP Studio
AppComments=Penyusun SOP Administrasi Pemerintahan (Permenpan-RB 35/2012), tanpa jaringan
; Per-user install: %LOCALAPPDATA%\Programs\SOP Studio, Start menu of this user, HKCU only.
PrivilegesRequired=lowest
DefaultDirName={autopf}\SOP Studio
DefaultGroupName=SOP Studio
DisableProgramGroupPage=yes
; Qt 6.11 runs on Windows 10 version 1809 (build 17763) or newer, 64-bit only.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=sopstudio-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=SOP Studio

[Tasks]
Name: "jsondefault"; Description: "Buka berkas .sop.json dan .decree.json dengan klik ganda (SOP Studio menjadi pembuka berkas .json)"
Name: "desktopicon"; Description: "Pintasan di desktop"; Flags: unchecked

[Files]
Source: "..\..\dist\sopstudio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\SOP Studio"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\SOP Studio"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The program as Windows knows it (Open with, Default apps).
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "SOP Studio"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" --open ""%1"""
; SOP and decree files: a ProgID, listed under Open with for .json.
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueData: "Dokumen SOP Studio"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" --open ""%1"""
Root: HKCU; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.json"; ValueType: string; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: jsondefault
; Right-click verb on *.sop.json and *.decree.json only.
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.json\shell\SOPStudio.open"; ValueType: string; ValueData: "Buka di SOP Studio"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.json\shell\SOPStudio.open"; ValueType: string; ValueName: "AppliesTo"; ValueData: "System.FileName:~""*.sop.json"" OR System.FileName:~""*.decree.json"""
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.json\shell\SOPStudio.open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" --open ""%1"""
; Signature packages (paket*.zip): a ProgID under Open with for .zip, and a right-click verb.
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}"; ValueType: string; ValueData: "Paket tanda tangan SOP Studio"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#PackageProgId}\shell\open\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" --open ""%1"""
Root: HKCU; Subkey: "Software\Classes\.zip\OpenWithProgids"; ValueType: string; ValueName: "{#PackageProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.zip\shell\SOPStudio.import"; ValueType: string; ValueData: "Impor paket ke SOP Studio"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.zip\shell\SOPStudio.import"; ValueType: string; ValueName: "AppliesTo"; ValueData: "System.FileName:~""paket*.zip"""
Root: HKCU; Subkey: "Software\Classes\SystemFileAssociations\.zip\shell\SOPStudio.import\command"; ValueType: string; ValueData: """{app}\{#AppExe}"" --open ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "--sample"; Description: "Buka SOP Studio dengan pustaka contoh"; Flags: nowait postinstall skipifsilent

; The user's libraries, settings and recovery journal (%LOCALAPPDATA%\SOP Studio) are data, not
; program files: the uninstaller leaves them.
